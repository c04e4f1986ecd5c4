// Images and other assets resolve to their file name, like the build's URL.
module.exports = 'test-file-stub'

// Stylesheets imported by components resolve here (jest.config.js moduleNameMapper).
module.exports = {}

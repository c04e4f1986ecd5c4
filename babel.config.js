// Used by Taro's webpack build only; jest projects configure babel-jest inline.
// https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}

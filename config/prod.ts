import type { UserConfigExport } from '@tarojs/cli'

// Production is minified by Taro's defaults (terser + csso); stated here so nobody turns it off
// by accident. No source maps: they would count against the mini-program package size.
export default {
  terser: { enable: true },
  csso: { enable: true },
  mini: { enableSourceMap: false },
  h5: { enableSourceMap: false },
} satisfies UserConfigExport<'webpack5'>

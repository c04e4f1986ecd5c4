import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import type { Compiler } from 'webpack'
import devConfig from './dev'
import prodConfig from './prod'

// IPWEEK_SOURCE_ROOT builds another app (e.g. the empty baseline in config/baseline) with this
// exact config; its output goes beside ours (config/baseline -> dist/baseline-weapp) so it never
// overwrites dist/weapp.
const customRoot = process.env.IPWEEK_SOURCE_ROOT
const sourceRoot = customRoot || 'src'
const outputRoot = customRoot
  ? `dist/${path.basename(customRoot)}-${process.env.TARO_ENV}`
  : `dist/${process.env.TARO_ENV}`

/**
 * Writes a .br and a .gz beside each H5 script and stylesheet, which the gateway's static server
 * (sirv, brotli/gzip on) sends to browsers that accept them: about a third of the bytes on the
 * wire, which is most of a phone's first load on a slow network (Lighthouse uses-text-compression).
 */
class PrecompressPlugin {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const [name, source] of Object.entries(assets)) {
            const buffer = source.buffer()
            if (!/\.(js|css)$/.test(name) || buffer.length < 1024) continue
            const brotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }
            compilation.emitAsset(
              `${name}.br`,
              new sources.RawSource(brotliCompressSync(buffer, brotli)),
            )
            compilation.emitAsset(
              `${name}.gz`,
              new sources.RawSource(gzipSync(buffer, { level: 9 })),
            )
          }
        },
      )
    })
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'ip-week',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot,
    outputRoot,
    framework: 'react',
    compiler: 'webpack5',
    // Build-time settings from the shell: Taro itself reads TARO_APP_* only from .env files, and
    // a process.env left in the bundle would throw in WeChat, which has no `process`.
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      TARO_APP_SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''),
    },
    // Webpack's persistent cache is keyed by NODE_ENV-TARO_ENV only: the app and the baseline
    // (other source root) and parallel builds in this shared tree would share it. Keep it off.
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      enableExtract: true,
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // webpack's default 244 KB hint fires on the empty app (~280 KB): warn above 400 KB.
        chain.performance.maxEntrypointSize(400 * 1024).maxAssetSize(400 * 1024)
        if (process.env.NODE_ENV !== 'development')
          chain.plugin('precompress').use(PrecompressPlugin)
      },
    },
  }

  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})

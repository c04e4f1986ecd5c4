// One jest project per layer, so `jest --selectProjects domain functions` can rerun the
// time-zone–sensitive layers under a second TZ (see package.json "test").
const babelTs = [
  'babel-jest',
  {
    babelrc: false,
    configFile: false,
    presets: [
      ['@babel/preset-env', { targets: { node: 'current' } }],
      ['@babel/preset-typescript', { allowDeclareFields: true }],
      ['@babel/preset-react', { runtime: 'automatic' }],
    ],
  },
]

const nodeProject = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  transform: { '^.+\\.[cm]?[jt]sx?$': babelTs },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  ...extra,
})

// ES-module-only packages that Taro's H5 runtime and components import, so babel must compile
// them. Anchored at the top-level node_modules so nested copies inside @tarojs/* (e.g. a bundled
// style-inject) are compiled too, while jest's own packages stay untouched.
const esmPackages = [
  '@tarojs',
  '@stencil',
  'swiper',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'lodash-es',
  'nanoid', // its "browser" build, which jsdom resolves, is ESM
]

// Pages and components rendered with Testing Library on Taro's H5 components (jsdom).
const pagesProject = {
  displayName: 'pages',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/test/pages/**/*.test.tsx'],
  // .mjs included: swiper ships it.
  transform: { '^.+\\.[cm]?[jt]sx?$': babelTs },
  transformIgnorePatterns: [`<rootDir>/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/pages/setup/taro.ts',
    '\\.(css|scss|sass|less)$': '<rootDir>/test/pages/setup/style-stub.js',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/test/pages/setup/file-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  setupFiles: ['<rootDir>/test/pages/setup/env.js', '<rootDir>/test/pages/setup/setup.ts'],
  // Compile-time constants Taro's builds define (H5: DEPRECATED_ADAPTER_COMPONENT; runtime: ENABLE_*).
  globals: {
    __TARO_FRAMEWORK__: 'react',
    DEPRECATED_ADAPTER_COMPONENT: false,
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: false,
    ENABLE_SIZE_APIS: false,
    ENABLE_TEMPLATE_CONTENT: false,
    ENABLE_CLONE_NODE: false,
    ENABLE_CONTAINS: false,
    ENABLE_MUTATION_OBSERVER: false,
  },
}

// Hand-written WeChat native components (src/native/<name>/) under miniprogram-simulate (jsdom).
const nativeProject = {
  displayName: 'native',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/test/native/**/*.test.{js,ts}'],
  // Compiles the tests, and the component JS that miniprogram-simulate require()s (as Taro's
  // build does), so both may use ES module syntax.
  transform: { '^.+\\.[jt]s$': babelTs },
}

module.exports = {
  // A project without tests yet (pages, native) must not fail the run.
  passWithNoTests: true,
  // test.concurrent tests at once (the fuzz project runs one per cloud function action).
  maxConcurrency: 16,
  projects: [
    nodeProject('domain'),
    nodeProject('runtime'),
    nodeProject('functions', { globalSetup: '<rootDir>/test/functions/global-setup.ts' }),
    nodeProject('e2e', { globalSetup: '<rootDir>/test/e2e/global-setup.ts' }),
    // Malformed requests against the function bundles, so they are built first too.
    nodeProject('fuzz', { globalSetup: '<rootDir>/test/functions/global-setup.ts' }),
    pagesProject,
    nativeProject,
  ],
}

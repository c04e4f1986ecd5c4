// Flat config: typescript-eslint's recommended rules everywhere, React hooks rules for the app and
// its tests. TypeScript reports undefined names in .ts/.tsx; `no-undef` covers the plain JS files.
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')

const readonly = (names) => Object.fromEntries(names.split(' ').map((name) => [name, 'readonly']))
const nodeGlobals = readonly('require module exports __dirname __filename process console')
// Test files run under jest, in jsdom for the pages and native projects.
const jestGlobals = readonly(
  'jest describe test it expect beforeAll beforeEach afterAll afterEach window document',
)
// Hand-written WeChat native components (src/native/**) run with the mini-program's globals.
const wechatGlobals = readonly(
  'wx App Page Component Behavior getApp getCurrentPages requirePlugin',
)

module.exports = tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      '.swc/',
      'coverage/',
      'cloudfunctions/*/index.js',
    ],
  },
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a deliberately unused binding; rest siblings omit keys from an object.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // React code only: elsewhere (cloud functions, local tools) `use...` is not a hook.
    files: ['src/**/*.{ts,tsx}', 'config/baseline/**/*.tsx', 'test/pages/**/*.{ts,tsx}'],
    ...reactHooks.configs['recommended-latest'],
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { 'no-undef': 'error', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.js'],
    languageOptions: { globals: jestGlobals },
  },
  {
    files: ['src/native/**/*.js'],
    languageOptions: { globals: wechatGlobals },
  },
)

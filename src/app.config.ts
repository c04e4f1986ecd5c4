export default defineAppConfig({
  pages: ['pages/index/index'],
  // Feature pages go into subpackages to keep the main package under its budget (npm run size).
  subPackages: [],
  window: {
    navigationBarTitleText: '知识产权宣传周',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f7fa',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
  __usePrivacyCheck__: true,
})

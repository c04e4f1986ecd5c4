export default defineAppConfig({
  pages: ['pages/index/index'],
  // Feature pages go into subpackages to keep the main package under its budget (npm run size).
  subPackages: [
    // Local sign-in exists only in the web preview: in WeChat the platform supplies identity.
    ...(process.env.TARO_ENV === 'h5'
      ? [{ root: 'packages/local', pages: ['sign-in/index'] }]
      : []),
  ],
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

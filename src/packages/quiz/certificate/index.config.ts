export default definePageConfig({
  navigationBarTitleText: '答题证书',
  // useShareAppMessage takes effect only when the page enables it.
  enableShareAppMessage: true,
})

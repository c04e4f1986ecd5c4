export default definePageConfig({
  navigationBarTitleText: '组委会与联系方式',
})

export default definePageConfig({
  navigationBarTitleText: '组委会工作台',
})

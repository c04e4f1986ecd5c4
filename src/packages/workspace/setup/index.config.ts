export default definePageConfig({
  navigationBarTitleText: '初始化与自检',
})

export default definePageConfig({
  navigationBarTitleText: '本地预览登录',
})

export default definePageConfig({
  navigationBarTitleText: '成员与邀请码',
})

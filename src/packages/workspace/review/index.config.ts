export default definePageConfig({
  navigationBarTitleText: '审核活动信息',
})

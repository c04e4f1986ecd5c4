export default definePageConfig({
  navigationBarTitleText: '活动详情',
  // useShareAppMessage / useShareTimeline take effect only when the page enables them.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})

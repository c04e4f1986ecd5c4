export default definePageConfig({
  navigationBarTitleText: '活动日程',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})

export default definePageConfig({
  navigationBarTitleText: '选择活动',
})

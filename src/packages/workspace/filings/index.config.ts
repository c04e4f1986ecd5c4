export default definePageConfig({
  navigationBarTitleText: '材料报送',
})

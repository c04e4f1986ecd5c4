export default definePageConfig({
  navigationBarTitleText: '宣传重点',
})

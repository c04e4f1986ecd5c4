export default definePageConfig({
  navigationBarTitleText: '知识产权宣传周',
})

// Empty Taro app built with the project's config: the reference point for `npm run size`.
export default defineAppConfig({
  pages: ['pages/index/index'],
})

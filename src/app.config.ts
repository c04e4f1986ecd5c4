export default defineAppConfig({
  // Tab pages live in the main package; everything else in subpackages (npm run size).
  pages: ['pages/index/index', 'pages/calendar/index', 'pages/quiz/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/events', pages: ['detail/index'] },
    { root: 'packages/about', pages: ['committee/index', 'focus/index'] },
    {
      root: 'packages/registration',
      pages: ['form/index', 'mine/index', 'ticket/index', 'privacy/index'],
    },
    {
      root: 'packages/quiz',
      pages: [
        'paper/index',
        'result/index',
        'mistakes/index',
        'leaderboard/index',
        'certificate/index',
      ],
    },
    {
      root: 'packages/workspace',
      pages: [
        'home/index',
        'bind/index',
        'members/index',
        'audit/index',
        'events/index',
        'checkin/index',
        'registrations/index',
        'manage-events/index',
        'event-edit/index',
        'setup/index',
        'filings/index',
        'review/index',
        'dashboard/index',
      ],
    },
    // Local sign-in exists only in the web preview: in WeChat the platform supplies identity.
    ...(process.env.TARO_ENV === 'h5'
      ? [{ root: 'packages/local', pages: ['sign-in/index'] }]
      : []),
  ],
  tabBar: {
    color: '#4e5969',
    selectedColor: '#0b3d91',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/calendar/index',
        text: '活动',
        iconPath: 'assets/tab/calendar.png',
        selectedIconPath: 'assets/tab/calendar-active.png',
      },
      {
        pagePath: 'pages/quiz/index',
        text: '答题',
        iconPath: 'assets/tab/quiz.png',
        selectedIconPath: 'assets/tab/quiz-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  window: {
    navigationBarTitleText: '知识产权宣传周',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f7fa',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
  // Organisers pick an event's place on the map (workspace event editor); WeChat requires it declared.
  requiredPrivateInfos: ['chooseLocation'],
  __usePrivacyCheck__: true,
})

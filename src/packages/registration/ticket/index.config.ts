export default definePageConfig({
  navigationBarTitleText: '入场凭证',
  // The WeChat build renders the QR code with this native component (ticket-qr/index.weapp.tsx).
  usingComponents: { 'qr-canvas': '../../../native/qr-canvas/index' },
})

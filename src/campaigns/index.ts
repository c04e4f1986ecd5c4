// The campaign this deployment serves. Next year, or another city: add a module beside
// yingkou-2025.ts and point this at it.
export { campaign, events } from './yingkou-2025'

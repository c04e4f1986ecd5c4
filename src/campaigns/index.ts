// The campaign this deployment serves. Next year, or another city: add a module beside
// yingkou-2025.ts and point this at it.
export { campaign, events, sampleRegistrations } from './yingkou-2025'

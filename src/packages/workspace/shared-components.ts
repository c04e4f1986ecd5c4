// The app's shared components the workspace uses, imported once here in the order the calendar
// loads their styles: the build merges the styles of components shared across packages into one
// chunk, which must see one order from every page.
export { EmptyState } from '@/components/empty-state'
export { ChipGroup } from '@/components/chip-group'
export { UnitPicker } from '@/components/unit-picker'
export { LoadState } from '@/components/load-state'

// How a person's name is shown wherever others may see it (the leaderboard, the organisers'
// desks): the first character and a fixed mask, so neither the rest nor the length shows.

/** '王小明' → '王**', 'Lily' → 'L**', '' → ''. */
export function maskPersonName(name: string | undefined): string {
  const first = Array.from(name?.trim() ?? '')[0]
  return first ? `${first}**` : ''
}

// scheduled: the jobs this function's timer trigger runs (config.json: on the hour, 10:00 to 20:00;
// WeChat reads trigger cron expressions in UTC+8, Beijing time), never a user. WeChat takes one
// timer trigger per function, so that trigger runs every job. Each job is safe to repeat: the next
// hour's run picks up whatever a run cut short by the timeout, or a late registration, left over.
// The seat recount goes first, so a registrant it promotes is reminded in the same run.
import type { ScheduledReport } from '@/contracts/scheduled'
import { anonymiseExpiredCampaigns } from '@/server/jobs/anonymisation'
import { removeExpiredAllowances } from '@/server/jobs/expired-allowances'
import { removeExpiredExports } from '@/server/jobs/expired-exports'
import { clearExpiredQuizNames } from '@/server/jobs/quiz-names'
import { remindTomorrowsRegistrants } from '@/server/jobs/reminders'
import { recountSeats } from '@/server/jobs/seat-recount'
import { defineTimerFunction } from '@/server/jobs/timer-function'

export const main = defineTimerFunction({
  async remindersAndRetention(): Promise<ScheduledReport> {
    return {
      seats: await recountSeats(),
      reminders: await remindTomorrowsRegistrants(),
      anonymisation: await anonymiseExpiredCampaigns(),
      quizNames: await clearExpiredQuizNames(),
      exports: await removeExpiredExports(),
      allowances: await removeExpiredAllowances(),
    }
  },
})

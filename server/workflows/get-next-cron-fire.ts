import { parseCronExpression, type CronSchedule } from "./parse-cron-expression";

interface LocalTime {
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const weekdayIndex: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function localTime(date: Date, timeZone: string | undefined): LocalTime {
  if (!timeZone) {
    return {
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      weekday: date.getUTCDay(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    };
  }
  let format = formats.get(timeZone);
  if (!format) {
    const options = { timeZone, hourCycle: "h23", month: "numeric", day: "numeric", weekday: "short", hour: "numeric", minute: "numeric" } as const;
    format = new Intl.DateTimeFormat("en-US", options);
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "0";
  return {
    month: Number(get("month")),
    day: Number(get("day")),
    weekday: weekdayIndex[get("weekday")] ?? 0,
    hour: Number(get("hour")),
    minute: Number(get("minute")),
  };
}

function dayMatches(s: CronSchedule, t: LocalTime): boolean {
  const dom = s.days.has(t.day);
  const dow = s.weekdays.has(t.weekday);
  if (s.daysRestricted && s.weekdaysRestricted) return dom || dow;
  return dom && dow;
}

/**
 * The first minute strictly after `after` that matches the cron expression (UTC unless the
 * expression starts with `TZ=Zone`). Skips whole days and hours that cannot match, so even yearly
 * schedules resolve in a few thousand steps.
 */
export function getNextCronFire(expression: string | CronSchedule, after: Date): Date {
  const s = typeof expression === "string" ? parseCronExpression(expression) : expression;
  let t = new Date(Math.floor(after.getTime() / 60_000) * 60_000 + 60_000);
  const limit = after.getTime() + 5 * 366 * 86_400_000;
  while (t.getTime() <= limit) {
    const l = localTime(t, s.timeZone);
    const minutesLeftInHour = 60 - l.minute;
    if (!s.months.has(l.month) || !dayMatches(s, l)) {
      // Jump to (about) the next local midnight; an hour short so DST shifts cannot skip a match.
      const toMidnight = (24 - l.hour) * 60 - l.minute;
      t = new Date(t.getTime() + Math.max(1, toMidnight > 60 ? toMidnight - 60 : toMidnight) * 60_000);
      continue;
    }
    if (!s.hours.has(l.hour)) {
      t = new Date(t.getTime() + minutesLeftInHour * 60_000);
      continue;
    }
    if (s.minutes.has(l.minute)) return t;
    t = new Date(t.getTime() + 60_000);
  }
  throw new Error(`Cron expression "${typeof expression === "string" ? expression : "schedule"}" never fires`);
}

import type { Answers } from '../answers/schema.js';
import { userError } from '../diagnostics/errors.js';
import { latestRevision } from '../answers/latest-revision.js';

export { latestRevision };

/**
 * The date a draft carries. `SOURCE_DATE_EPOCH` wins (reproducible-builds convention); then the
 * newest revision's date; then the effective date; else the draft is undated. Never the clock.
 */
export function draftDate(answers: Answers, sourceDateEpoch: string | undefined): string | null {
  return (
    dateFromEpoch(sourceDateEpoch) ??
    latestRevision(answers)?.date ??
    answers.agreement.effective_date ??
    null
  );
}

/** SOURCE_DATE_EPOCH's date (YYYY-MM-DD), or null when it is unset; a bad value is a usage error. */
export function dateFromEpoch(sourceDateEpoch: string | undefined): string | null {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return null;
  const seconds = Number(sourceDateEpoch);
  // 253402300799 is 9999-12-31T23:59:59Z: a draft date has four digits of year.
  if (!/^\d+$/.test(sourceDateEpoch) || !Number.isSafeInteger(seconds) || seconds > 253_402_300_799) {
    throw userError(
      `SOURCE_DATE_EPOCH \`${sourceDateEpoch.slice(0, 40)}\` is not a whole number of seconds between 0 and 253402300799 (the end of the year 9999), expected e.g. 1767225600`,
      { hint: 'unset SOURCE_DATE_EPOCH to date the drafts from the answers file' },
      2,
    );
  }
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The timestamp stamped into file metadata: midnight UTC of the draft date, or a fixed epoch. */
export function timestampOf(date: string | null): string {
  return `${date ?? '2000-01-01'}T00:00:00Z`;
}

/**
 * Whether an effective date is already past: before the draft's own date (then the drafts show a
 * blank to fill, deterministically), or before today (the CLI's clock; a warning only, so the
 * bytes of a draft never depend on the day it is built).
 */
export function effectiveDateWarnings(
  effectiveDate: string | null,
  draftDate: string | null,
  today: string | undefined,
): string[] {
  if (effectiveDate === null) return [];
  const fix = 'set agreement.effective_date on or after the expected date of signature';
  if (draftDate !== null && effectiveDate < draftDate) {
    return [
      `agreement.effective_date ${effectiveDate} is before the draft's date ${draftDate}: ${fix} (the drafts show it as an open item)`,
    ];
  }
  if (today !== undefined && effectiveDate < today) {
    return [`agreement.effective_date ${effectiveDate} is already past (today is ${today}): ${fix}`];
  }
  return [];
}

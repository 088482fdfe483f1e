// What a calendar file gives the import: each event that happened in the window, one per occurrence,
// placed on the leader's clock. Data only; the preview words it, the matcher and the writer use it.
import type { CalendarMessage, LocalDate } from '../model';

/** Someone on an event: an attendee or its organizer. */
export interface CalendarPerson {
  /** Lower case, `mailto:` taken off (reading/emailAddress.ts), as a note's `emails:` are read. */
  readonly email: string;
  /** Their display name (`CN=`), when the file gives one. */
  readonly name?: string;
  /** They answered no (`PARTSTAT=DECLINED`): the event is no contact with them. */
  readonly declined: boolean;
}

export interface CalendarEvent {
  /** Unique within one read of a file: its UID and which occurrence it is; the preview keys its rows by it. */
  readonly key: string;
  /** SUMMARY as the parser unfolds and unescapes it, trimmed; '' when it has none. */
  readonly title: string;
  /** The local calendar day it started on, on the leader's clock. */
  readonly date: LocalDate;
  /** Its local start time. */
  readonly time: { readonly hour: number; readonly minute: number };
  /** Milliseconds since 1970 (UTC) when it started: orders events across zones. */
  readonly start: number;
  /** Whole minutes from DTEND or DURATION; undefined for none, zero, or longer than a working day (not time sat together). */
  readonly minutes?: number;
  readonly attendees: readonly CalendarPerson[];
  readonly organizer?: CalendarPerson;
}

/** Events left out, by reason, so the preview can say why an event the leader expects is missing. */
export interface CalendarSkips {
  /** All-day events (DTSTART;VALUE=DATE, or Outlook's all-day flag): a day off or a deadline, not a meeting. */
  readonly allDay: number;
  /** STATUS:CANCELLED, the event or one occurrence of it. */
  readonly cancelled: number;
  /** The calendar's owner declined. */
  readonly declined: number;
  /** A component the parser could not read (a bad date, an unknown recurrence rule); the rest still counts. */
  readonly unreadable: number;
}

export type CalendarReadResult =
  | {
      readonly ok: true;
      /** Oldest first. */
      readonly events: readonly CalendarEvent[];
      readonly skipped: CalendarSkips;
      /** Recurring series whose expansion stopped at the step limit before the window's end. */
      readonly cutShort: number;
      /** The owner's addresses used to tell declined events: those given, and X-WR-CALNAME when it is one. */
      readonly owner: readonly string[];
    }
  | { readonly ok: false; readonly message: CalendarMessage };

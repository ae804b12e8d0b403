// Typed keys: `t('some.key')` with a key that is not in the Danish strings of its namespace is a
// type error. Danish is the source language; parity.test.ts keeps English to the same keys.
// Every namespace is listed, also those loaded lazily, so that `t` of any screen is checked.
import 'i18next';
import type afterMeeting from './locales/da/after-meeting.json';
import type beforeMeeting from './locales/da/before-meeting.json';
import type common from './locales/da/common.json';
import type connect from './locales/da/connect.json';
import type councils from './locales/da/councils.json';
import type elections from './locales/da/elections.json';
import type evaluation from './locales/da/evaluation.json';
import type home from './locales/da/home.json';
import type meetingSupport from './locales/da/meeting-support.json';
import type meetings from './locales/da/meetings.json';
import type members from './locales/da/members.json';
import type pictogramPicker from './locales/da/pictogram-picker.json';
import type pictureField from './locales/da/picture-field.json';
import type prepareAgenda from './locales/da/prepare-agenda.json';
import type pwa from './locales/da/pwa.json';
import type runMeeting from './locales/da/run-meeting.json';
import type settings from './locales/da/settings.json';
import type setup from './locales/da/setup.json';
import type voice from './locales/da/voice.json';
import type voting from './locales/da/voting.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // Matches `returnNull: false` in i18n.ts: a missing string gives its key, never null.
    returnNull: false;
    strictKeyChecks: true;
    resources: {
      'after-meeting': typeof afterMeeting;
      'before-meeting': typeof beforeMeeting;
      common: typeof common;
      connect: typeof connect;
      councils: typeof councils;
      elections: typeof elections;
      evaluation: typeof evaluation;
      home: typeof home;
      'meeting-support': typeof meetingSupport;
      meetings: typeof meetings;
      members: typeof members;
      'pictogram-picker': typeof pictogramPicker;
      'picture-field': typeof pictureField;
      'prepare-agenda': typeof prepareAgenda;
      pwa: typeof pwa;
      'run-meeting': typeof runMeeting;
      settings: typeof settings;
      setup: typeof setup;
      voice: typeof voice;
      voting: typeof voting;
    };
  }
}

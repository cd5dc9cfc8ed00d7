/**
 * The English page (/gioi-thieu/en/, required by Decree 42/2022) in English (`en.`). Its link
 * back to the Vietnamese pages is written in Vietnamese, as a language link is.
 * Flat keys, merged with the other dictionaries by src/i18n/strings.ts; `{name}` marks a value
 * filled in by `t()`.
 */
export const site = {
  // English page (/gioi-thieu/en/), required by Decree 42/2022
  'en.skipLink': 'Skip to main content',
  'en.breadcrumb': 'You are here',
  'en.home': 'Home',
  'en.title': 'Organisation and contacts',
  'en.intro':
    'This is the website of the {committee}, Viet Nam. It publishes stories of exemplary local residents, emulation campaigns, and the legal documents on emulation and commendation behind them. The rest of the website is in Vietnamese.',
  'en.organisation': 'Organisation',
  'en.organisationText':
    'The {committee} is the local government at ward or commune level. Its Emulation and Commendation Council proposes and reviews commendations, and its office edits this website.',
  'en.contacts': 'Contacts',
  'en.address': 'Address',
  'en.phone': 'Telephone',
  'en.email': 'E-mail',
  'en.hours': 'Office hours',
  'en.units': 'Offices',
  'en.portals': 'Related government portals',
  'en.vietnamese': 'Trang tiếng Việt',
} as const;

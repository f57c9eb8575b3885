/** The YAML file behind each data collection, for messages that tell an editor which file to open. */
export const DATA_FILES = {
  phoneNumbers: 'content/phone-numbers.yaml',
  links: 'content/links.yaml',
  organisations: 'content/organisations.yaml',
  people: 'content/people.yaml',
  steps: 'content/steps.yaml',
  searchSynonyms: 'content/search-synonyms.yaml',
} as const;

// The components an MDX page in content/pages can use without importing them.
import Action from './Action.astro';
import ContactPerson from './ContactPerson.astro';
import Email from './Email.astro';
import ExternalLink from './ExternalLink.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Organisation from './Organisation.astro';
import PageList from './PageList.astro';
import Phone from './Phone.astro';
import SearchPage from '../search/SearchPage.astro';

export const contentComponents = { Action, ContactPerson, Email, ExternalLink, Organisation, PageList, Phone, SearchPage, h2: H2, h3: H3 };

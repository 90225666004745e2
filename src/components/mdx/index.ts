import type { MdxComponentName } from '../../lib/schemas/mdx-components.ts';
import AllChecklists from './AllChecklists.astro';
import CaseStory from './CaseStory.astro';
import Checklist from '../Checklist.astro';
import CompletionList from './CompletionList.astro';
import Panel from './Panel.astro';
import PrincipleItem from './PrincipleItem.astro';
import FormsPicture from './FormsPicture.astro';
import SiteValue from './SiteValue.astro';
import Editorial from './Editorial.astro';
import ProcessFlow from './ProcessFlow.astro';
import ScreenOnly from './ScreenOnly.astro';
import PrintOnly from './PrintOnly.astro';

/**
 * Components that MDX pages in `content/` may use without importing them: exactly the
 * names in `mdxComponentRules`, which the build checks every use against.
 */
export const mdxComponents = { AllChecklists, CaseStory, Checklist, CompletionList, Panel, SiteValue, PrincipleItem, FormsPicture, Editorial, ProcessFlow, ScreenOnly, PrintOnly } satisfies Record<MdxComponentName, unknown>;

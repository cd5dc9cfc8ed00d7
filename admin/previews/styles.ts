/**
 * The site's own stylesheets, compiled by Vite exactly as the public pages get them (fonts
 * included), handed to Decap for its preview frame: a preview is styled by the CSS the
 * published page uses, not by a copy. preview.css only frames the preview.
 */
import fontVi400 from '@fontsource/be-vietnam-pro/vietnamese-400.css?inline';
import fontLatin400 from '@fontsource/be-vietnam-pro/latin-400.css?inline';
import fontVi700 from '@fontsource/be-vietnam-pro/vietnamese-700.css?inline';
import fontLatin700 from '@fontsource/be-vietnam-pro/latin-700.css?inline';
import tokens from '../../src/styles/tokens.css?inline';
import base from '../../src/styles/base.css?inline';
import layout from '../../src/styles/layout.css?inline';
import components from '../../src/styles/components.css?inline';
import stories from '../../src/styles/stories.css?inline';
import legal from '../../src/styles/legal.css?inline';
import radio from '../../src/styles/radio.css?inline';
import campaigns from '../../src/styles/campaigns.css?inline';
import preview from './preview.css?inline';

/** In the order BaseLayout.astro and the pages load them. */
export const PREVIEW_STYLES: readonly string[] = [
  fontVi400,
  fontLatin400,
  fontVi700,
  fontLatin700,
  tokens,
  base,
  layout,
  components,
  stories,
  legal,
  radio,
  campaigns,
  preview,
];

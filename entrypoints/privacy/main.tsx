import { render } from 'preact';
import { MarkdownText } from '../../components/MarkdownText';
import privacy from '../../PRIVACY.md?raw';
import '../../components/review.css';

// PRIVACY.md, bundled: the policy is readable offline from the options page.
render(<main class="review"><MarkdownText source={privacy} /></main>, document.getElementById('app')!);

import { render } from 'preact';
import { ReviewApp } from '../../components/ReviewApp';
import { ActiveTabReview } from '../../components/ActiveTabReview';
import '../../components/review.css';

// review.html?tabId=N shows the CV read in tab N; without it, the active tab's.
const tabParam = new URLSearchParams(location.search).get('tabId');
const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
render(tabId !== null ? <ReviewApp tabId={tabId} /> : <ActiveTabReview follow />, document.getElementById('app')!);

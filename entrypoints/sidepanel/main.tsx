import { render } from 'preact';
import { ActiveTabReview } from '../../components/ActiveTabReview';
import '../../components/review.css';

// The side panel stays open during the interview and follows the active tab.
render(<ActiveTabReview follow />, document.getElementById('app')!);

import { render } from 'preact';
import { ActiveTabReview } from '../../components/ActiveTabReview';
import '../../components/review.css';

render(<ActiveTabReview follow={false} />, document.getElementById('app')!);

import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/review.css';

render(<OptionsApp />, document.getElementById('app')!);

// Entry point of the demo's profile page.
import { render } from 'preact';
import { ProfilePage } from './profile-page';

const root = document.getElementById('profil');
if (root) {
  root.replaceChildren();
  render(<ProfilePage />, root);
}

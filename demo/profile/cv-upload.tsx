// "Déposer votre CV": a plain file input; the page only shows the chosen file's name and size.
import { useState } from 'preact/hooks';

const acceptedTypes = '.pdf,.docx,.odt,.png,.jpg,.jpeg,.webp';

function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`;
}

export function CvUpload(props: { fileName: string; onFile: (file: File | undefined) => void }) {
  const [size, setSize] = useState('');
  return (
    <section class="card" id="cv-section" aria-labelledby="cv-titre">
      <h2 id="cv-titre">Votre CV</h2>
      <p class="card-intro">
        Gagnez du temps : déposez votre CV, puis vérifiez les informations de votre profil.
      </p>
      <div class="upload field">
        <label for="cv">
          Déposer votre CV
          <span class="hint">
            <br />
            Formats acceptés : PDF, DOCX, ODT, PNG, JPEG ou WebP.
          </span>
        </label>
        <input
          type="file"
          id="cv"
          name="cv"
          accept={acceptedTypes}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setSize(file ? readableSize(file.size) : '');
            props.onFile(file);
          }}
        />
        <p class="file-name" id="cv-fichier" aria-live="polite">
          {props.fileName
            ? `Fichier choisi : ${props.fileName}${size ? ` (${size})` : ''}`
            : 'Aucun fichier choisi.'}
        </p>
      </div>
    </section>
  );
}

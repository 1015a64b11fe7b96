import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { buildDocx, buildOdt, buildPdf } from '../../src/documents/content/document-builders.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

const MAX_BYTES = 2048;
const PDF_MIME = 'application/pdf';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT_MIME = 'application/vnd.oasis.opendocument.text';

type User = Awaited<ReturnType<typeof createUser>>;
type Auth = Record<string, string>;
interface FilePart {
  data: Buffer;
  name: string;
  contentType?: string;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A Windows executable: "MZ" header, then a PE signature further on. */
function fakeExecutable(): Buffer {
  const exe = Buffer.alloc(512);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  return exe;
}

/** Collects a binary response body whatever its content type. */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('documents over HTTP', () => {
  let t: TestApp;
  let storageDir: string;
  let owner: User;
  let otherOwner: User;
  let secretary: User;
  let coach: User;
  let otherCoach: User;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'erk-documents-'));
    t = await createTestApp({ STORAGE_DIR: storageDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) });
    await t.reset();
    owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    otherCoach = await createUser(t, ['coach'], { organisation: 'Movisie' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  const storedFiles = () =>
    readdirSync(storageDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  const versionRows = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM document_versions`))[0].n);

  function upload(auth: Auth, applicationId: string, fields: Record<string, string>, file?: FilePart) {
    let req = request(t.server).post(`/applications/${applicationId}/documents`).set(auth);
    for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
    if (file) req = req.attach('file', file.data, { filename: file.name, contentType: file.contentType ?? 'application/octet-stream' });
    return req;
  }

  async function uploadOk(auth: Auth, applicationId: string, fields: Record<string, string>, file: FilePart) {
    const response = await upload(auth, applicationId, fields, file);
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { document: DocumentBody; facts: Record<string, unknown>; applicationVersion: number };
  }

  const download = (auth: Auth, path: string) => request(t.server).get(path).set(auth).buffer(true).parse(binary);
  const view = async (auth: Auth, id: string) => (await request(t.server).get(`/applications/${id}`).set(auth).expect(200)).body;

  async function admit(id: string) {
    const { version } = await view(owner.auth, id);
    await step(t, owner.auth, id, 'submit', { version });
    return step(t, secretary.auth, id, 'admit', { version: version + 1, coachId: coach.user.id });
  }

  it('keeps the fixtures below the configured upload limit', () => {
    for (const fixture of [buildPdf(), buildDocx(), buildOdt()]) expect(fixture.length).toBeLessThan(MAX_BYTES);
  });

  it('turns handbook, process evaluation and annex into document facts, complete once admitted', async () => {
    const draft = await createDraft(t, owner.auth);

    const handbook = await uploadOk(owner.auth, draft.id, { kind: 'handbook' }, { data: buildPdf(), name: 'handboek.pdf', contentType: PDF_MIME });
    expect(handbook.document).toMatchObject({ kind: 'handbook', title: 'Handboek', removedAt: null });
    expect(handbook.document.versions).toEqual([
      expect.objectContaining({ version: 1, originalName: 'handboek.pdf', mimeType: PDF_MIME, sha256: sha256(buildPdf()) }),
    ]);
    expect(handbook.facts).toEqual({ handbook: true, processEvaluation: false, effectStudies: 0 });
    expect(handbook.applicationVersion).toBe(2);

    // The client's Content-Type is ignored: the type comes from the bytes.
    await uploadOk(owner.auth, draft.id, { kind: 'process_evaluation' }, { data: buildDocx(), name: 'evaluatie.docx', contentType: 'text/plain' });
    const annex = await uploadOk(owner.auth, draft.id, { kind: 'annex', title: 'Logboek' }, { data: buildOdt(), name: 'logboek.odt' });
    expect(annex.document.versions[0].mimeType).toBe(ODT_MIME);
    expect(annex.facts).toEqual({ handbook: true, processEvaluation: true, effectStudies: 0 });
    expect(annex.applicationVersion).toBe(3); // an annex changes no fact, so the track is not touched

    const draftView = await view(owner.auth, draft.id);
    expect(draftView).toMatchObject({ state: 'draft', version: 3, documents: { handbook: true, processEvaluation: true, effectStudies: 0 } });
    const changes = await t.dataSource.query(
      `SELECT actor_kind, payload FROM audit_events WHERE application_id = $1 AND event_type = 'DOCUMENTS_CHANGED' ORDER BY id`,
      [draft.id],
    );
    expect(changes).toEqual([
      { actor_kind: 'system', payload: { handbook: true, processEvaluation: false, effectStudies: 0 } },
      { actor_kind: 'system', payload: { handbook: true, processEvaluation: true, effectStudies: 0 } },
    ]);

    const admitted = await admit(draft.id);
    expect(admitted).toMatchObject({ state: 'description', stateDetail: { werkblad: 'drafting', documents: 'complete' } });

    const list = await request(t.server).get(`/applications/${draft.id}/documents`).set(owner.auth).expect(200);
    expect(list.body.map((d: DocumentBody) => [d.kind, d.versions.map((v) => v.mimeType)])).toEqual([
      ['handbook', [PDF_MIME]],
      ['process_evaluation', [DOCX_MIME]],
      ['annex', [ODT_MIME]],
    ]);
    const keys: { storage_key: string }[] = await t.dataSource.query(`SELECT storage_key FROM document_versions`);
    const listed = JSON.stringify(list.body);
    expect(listed).not.toMatch(/storage/i);
    for (const { storage_key } of keys) expect(listed).not.toContain(storage_key);

    const timeline = await request(t.server).get(`/applications/${draft.id}/timeline`).set(owner.auth).expect(200);
    const uploads = timeline.body.filter((row: { eventType: string }) => row.eventType === 'DOCUMENT_UPLOADED');
    expect(uploads.map((row: { payload: { kind: string; title: string; version: number } }) => row.payload)).toEqual([
      expect.objectContaining({ kind: 'handbook', title: 'Handboek', version: 1 }),
      expect.objectContaining({ kind: 'process_evaluation', title: 'Procesevaluatie', version: 1 }),
      expect.objectContaining({ kind: 'annex', title: 'Logboek', version: 1 }),
    ]);
    expect(JSON.stringify(uploads)).not.toContain('handboek.pdf');
  });

  it('needs an effect study for an Effectief target level, and follows removals', async () => {
    const draft = await createDraft(t, owner.auth, { targetLevel: 'effectief_eerste' });
    await uploadOk(owner.auth, draft.id, { kind: 'handbook' }, { data: buildPdf(), name: 'handboek.pdf' });
    await uploadOk(owner.auth, draft.id, { kind: 'process_evaluation' }, { data: buildOdt(), name: 'proces.odt' });
    const admitted = await admit(draft.id);
    expect(admitted.stateDetail).toEqual({ werkblad: 'drafting', documents: 'incomplete' });

    const study = await uploadOk(owner.auth, draft.id, { kind: 'effect_study' }, { data: buildPdf(), name: 'Voormeting en nameting.pdf' });
    expect(study.document.title).toBe('Voormeting en nameting');
    expect(study.facts).toEqual({ handbook: true, processEvaluation: true, effectStudies: 1 });
    expect((await view(owner.auth, draft.id)).stateDetail).toEqual({ werkblad: 'drafting', documents: 'complete' });

    const second = await uploadOk(owner.auth, draft.id, { kind: 'effect_study' }, { data: buildDocx(), name: 'follow-up.docx' });
    expect(second.document.id).not.toBe(study.document.id); // effect studies are separate documents
    expect(second.facts.effectStudies).toBe(2);

    await request(t.server).delete(`/applications/${draft.id}/documents/${study.document.id}`).set(owner.auth).expect(200);
    const removed = await request(t.server).delete(`/applications/${draft.id}/documents/${second.document.id}`).set(owner.auth).expect(200);
    expect(removed.body.facts).toEqual({ handbook: true, processEvaluation: true, effectStudies: 0 });
    const after = await view(owner.auth, draft.id);
    expect(after).toMatchObject({ version: removed.body.applicationVersion, stateDetail: { documents: 'incomplete' } });
    expect(after.documents).toEqual({ handbook: true, processEvaluation: true, effectStudies: 0 });

    // Removed documents keep their versions for the history, and cannot be removed twice.
    const list = await request(t.server).get(`/applications/${draft.id}/documents`).set(owner.auth).expect(200);
    const kept = list.body.find((d: DocumentBody) => d.id === study.document.id);
    expect(kept.removedAt).not.toBeNull();
    expect(kept.versions).toHaveLength(1);
    await download(owner.auth, kept.versions[0].downloadUrl).expect(200);
    await request(t.server).delete(`/applications/${draft.id}/documents/${study.document.id}`).set(owner.auth).expect(404);
  });

  it('adds a second handbook as version 2 of the same document; both versions download byte for byte', async () => {
    const draft = await createDraft(t, owner.auth);
    const first = buildPdf();
    const second = Buffer.concat([buildPdf(), Buffer.from('% tweede versie\n', 'latin1')]);
    const v1 = await uploadOk(owner.auth, draft.id, { kind: 'handbook' }, { data: first, name: 'handboek-2024.pdf' });
    const v2 = await uploadOk(owner.auth, draft.id, { kind: 'handbook', title: 'Handboek 2025' }, { data: second, name: 'handboek-2025.pdf' });
    expect(v2.document.id).toBe(v1.document.id);
    expect(v2.document.title).toBe('Handboek 2025');
    expect(v2.document.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(v2.applicationVersion).toBe(v1.applicationVersion); // still one handbook: the facts did not change

    for (const [index, bytes] of [first, second].entries()) {
      const meta = v2.document.versions[index];
      const response = await download(owner.auth, meta.downloadUrl).expect(200);
      expect(response.headers['content-type']).toBe(PDF_MIME);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="handboek-${2024 + index}.pdf"; filename*=UTF-8''handboek-${2024 + index}.pdf`,
      );
      expect(sha256(response.body)).toBe(sha256(bytes));
      expect(sha256(response.body)).toBe(meta.sha256);
    }

    // An annex gets a new version only when its documentId is named.
    const annex = await uploadOk(owner.auth, draft.id, { kind: 'annex' }, { data: buildPdf(), name: 'bijlage.pdf' });
    const annex2 = await uploadOk(owner.auth, draft.id, { kind: 'annex', documentId: annex.document.id }, { data: buildDocx(), name: 'bijlage.docx' });
    expect(annex2.document.id).toBe(annex.document.id);
    expect(annex2.document.versions.map((v) => [v.version, v.mimeType])).toEqual([
      [1, PDF_MIME],
      [2, DOCX_MIME],
    ]);
    const wrongKind = await upload(owner.auth, draft.id, { kind: 'handbook', documentId: annex.document.id }, { data: buildPdf(), name: 'x.pdf' }).expect(400);
    expect(wrongKind.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    const unknown = await upload(owner.auth, draft.id, { kind: 'annex', documentId: randomUUID() }, { data: buildPdf(), name: 'x.pdf' }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'documentId' })]);

    await download(owner.auth, `/applications/${draft.id}/documents/${v1.document.id}/versions/3/download`).expect(404);
  });

  it('refuses an executable renamed .pdf by its content, and stores nothing', async () => {
    const draft = await createDraft(t, owner.auth);
    const filesBefore = storedFiles();
    const rowsBefore = await versionRows();
    const response = await upload(owner.auth, draft.id, { kind: 'handbook' }, { data: fakeExecutable(), name: 'handboek.pdf', contentType: PDF_MIME }).expect(415);
    expect(response.body).toMatchObject({ code: 'UNSUPPORTED_DOCUMENT_TYPE', accepted: 'PDF, DOCX, ODT', field: 'file' });
    expect(response.body.message).toMatch(/PDF, DOCX, ODT/);
    expect(storedFiles()).toEqual(filesBefore);
    expect(await versionRows()).toBe(rowsBefore);
    expect((await view(owner.auth, draft.id)).documents).toEqual({ handbook: false, processEvaluation: false, effectStudies: 0 });
  });

  it('answers an empty or missing file with 400 naming file', async () => {
    const draft = await createDraft(t, owner.auth);
    const filesBefore = storedFiles();
    const empty = await upload(owner.auth, draft.id, { kind: 'handbook' }, { data: Buffer.alloc(0), name: 'leeg.pdf' }).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const missing = await upload(owner.auth, draft.id, { kind: 'handbook' }).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const badKind = await upload(owner.auth, draft.id, { kind: 'werkblad' }, { data: buildPdf(), name: 'x.pdf' }).expect(400);
    expect(badKind.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it('answers a file over UPLOAD_MAX_BYTES with 413 and a clear message, and stores nothing', async () => {
    const draft = await createDraft(t, owner.auth);
    const filesBefore = storedFiles();
    const rowsBefore = await versionRows();
    const big = Buffer.concat([buildPdf(), Buffer.alloc(MAX_BYTES, 0x20)]);
    const response = await upload(owner.auth, draft.id, { kind: 'handbook' }, { data: big, name: 'groot.pdf' }).expect(413);
    expect(response.body).toMatchObject({ code: 'FILE_TOO_LARGE', field: 'file', maxBytes: MAX_BYTES });
    expect(response.body.message).toBe('Het bestand is te groot: hoogstens 2 kB. / The file is too large: at most 2 kB.');
    expect(response.body.requestId).toEqual(expect.any(String));
    expect(storedFiles()).toEqual(filesBefore);
    expect(await versionRows()).toBe(rowsBefore);
  });

  it('is for the people involved only: other owners and unassigned coaches get 404, staff may not upload', async () => {
    const draft = await createDraft(t, owner.auth);
    const doc = await uploadOk(owner.auth, draft.id, { kind: 'handbook' }, { data: buildPdf(), name: 'handboek.pdf' });
    const url = doc.document.versions[0].downloadUrl;
    const filesBefore = storedFiles();

    await request(t.server).get(`/applications/${draft.id}/documents`).set(otherOwner.auth).expect(404);
    await upload(otherOwner.auth, draft.id, { kind: 'annex' }, { data: buildPdf(), name: 'x.pdf' }).expect(404);
    await download(otherOwner.auth, url).expect(404);
    await request(t.server).delete(`/applications/${draft.id}/documents/${doc.document.id}`).set(otherOwner.auth).expect(404);

    await admit(draft.id);
    await request(t.server).get(`/applications/${draft.id}/documents`).set(otherCoach.auth).expect(404);
    await download(otherCoach.auth, url).expect(404);
    await upload(otherCoach.auth, draft.id, { kind: 'annex' }, { data: buildPdf(), name: 'x.pdf' }).expect(404);

    await request(t.server).get(`/applications/${draft.id}/documents`).set(coach.auth).expect(200);
    await download(coach.auth, url).expect(200);
    await download(secretary.auth, url).expect(200);
    const byCoach = await upload(coach.auth, draft.id, { kind: 'annex' }, { data: buildPdf(), name: 'x.pdf' }).expect(403);
    expect(byCoach.body.code).toBe('DOCUMENTS_OWNERS_ONLY');
    await upload(secretary.auth, draft.id, { kind: 'annex' }, { data: buildPdf(), name: 'x.pdf' }).expect(403);
    await request(t.server).delete(`/applications/${draft.id}/documents/${doc.document.id}`).set(secretary.auth).expect(403);
    expect(storedFiles()).toEqual(filesBefore);

    // A document of another application is not reachable through this one.
    const otherDraft = await createDraft(t, owner.auth);
    await download(owner.auth, `/applications/${otherDraft.id}/documents/${doc.document.id}/versions/1/download`).expect(404);
  });

  it('sends a safe Content-Disposition for a hostile file name', async () => {
    const draft = await createDraft(t, owner.auth);
    // Built by hand so that no client library cleans the name first (filename* carries UTF-8, RFC 5987).
    const boundary = `----erk${randomUUID()}`;
    const hostile = '../../etc/évil".pdf';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nannex\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodeURIComponent(hostile)}\r\n` +
          `Content-Type: application/pdf\r\n\r\n`,
      ),
      buildPdf(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const created = await request(t.server)
      .post(`/applications/${draft.id}/documents`)
      .set(owner.auth)
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(body)
      .expect(201);
    const version = created.body.document.versions[0];
    expect(version.originalName).not.toContain('/');

    const response = await download(owner.auth, version.downloadUrl).expect(200);
    const disposition = response.headers['content-disposition'];
    expect(disposition).toBe(`attachment; filename="evil.pdf"; filename*=UTF-8''%C3%A9vil%22.pdf`);
    expect(disposition).not.toMatch(/\.\.|\/|\\/);
    expect(disposition.match(/"/g)).toHaveLength(2); // only the quotes around the ASCII fallback
  });

  it('refuses changes once the application left the editable states, naming the state', async () => {
    const draft = await createDraft(t, owner.auth);
    const doc = await uploadOk(owner.auth, draft.id, { kind: 'handbook' }, { data: buildPdf(), name: 'handboek.pdf' });
    const { version } = await view(owner.auth, draft.id);
    await step(t, owner.auth, draft.id, 'submit', { version });
    await step(t, secretary.auth, draft.id, 'refuse', { version: version + 1, reason: 'Valt buiten het domein van de commissie.' });

    // The application says so before anyone tries.
    expect(await view(owner.auth, draft.id)).toMatchObject({ documentsOpen: false, canUploadDocuments: false });
    const filesBefore = storedFiles();
    const refused = await upload(owner.auth, draft.id, { kind: 'annex' }, { data: buildPdf(), name: 'x.pdf' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'DOCUMENTS_LOCKED', state: 'notAdmitted' });
    expect(refused.body.message).toContain('notAdmitted');
    const removal = await request(t.server).delete(`/applications/${draft.id}/documents/${doc.document.id}`).set(owner.auth).expect(409);
    expect(removal.body.state).toBe('notAdmitted');
    expect(storedFiles()).toEqual(filesBefore);
    // Still readable for the history.
    await download(owner.auth, doc.document.versions[0].downloadUrl).expect(200);
  });

  it('deletes the stored file again when the database transaction fails after it was written', async () => {
    const draft = await createDraft(t, owner.auth);
    const filesBefore = storedFiles();
    // A real failure inside the transaction, after the file is written: the version insert is refused.
    await t.dataSource.query(`
      CREATE FUNCTION test_refuse_document_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by test'; END $$`);
    await t.dataSource.query(`
      CREATE TRIGGER test_refuse_document_version BEFORE INSERT ON document_versions
      FOR EACH ROW EXECUTE FUNCTION test_refuse_document_version()`);
    try {
      await upload(owner.auth, draft.id, { kind: 'handbook' }, { data: buildPdf(), name: 'handboek.pdf' }).expect(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_refuse_document_version ON document_versions`);
      await t.dataSource.query(`DROP FUNCTION test_refuse_document_version`);
    }
    expect(storedFiles()).toEqual(filesBefore);
    const documents = await t.dataSource.query(`SELECT id FROM documents WHERE application_id = $1`, [draft.id]);
    expect(documents).toEqual([]);
    expect((await view(owner.auth, draft.id)).documents).toEqual({ handbook: false, processEvaluation: false, effectStudies: 0 });
  });
});

interface DocumentBody {
  id: string;
  kind: string;
  title: string;
  removedAt: string | null;
  versions: { version: number; originalName: string; mimeType: string; sha256: string; downloadUrl: string }[];
}

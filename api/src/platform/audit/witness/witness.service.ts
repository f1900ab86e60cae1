import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, forbidden, unauthenticated } from '../../../common/errors';
import { Role } from '../../../common/roles';
import { Tokens } from '../../auth/tokens';
import { keyIdOf, publicKeyFromText, publicKeyPem, SigningKey } from '../core/keys';
import { verifyCosignature, verifyRefusal, verifyWitnessLogin } from '../core/witness-statements';
import { AuditLog } from '../log/audit-log.service';
import { Checkpointer } from '../log/checkpointer';
import { CheckpointsRepository } from '../log/checkpoints.repository';
import { AUDIT_SIGNING_KEY } from '../log/signing-key';
import { WitnessRepository, WitnessRow } from './witness.repository';
import {
  ContinuityType,
  RegisterWitnessInput,
  WitnessRefusalInput,
  WitnessStatementInput,
  WitnessType,
} from './witness.types';

/** A witness's sign-in statement counts this long either side of the server's clock. */
const LOGIN_WINDOW_MS = 5 * 60_000;

/** Registers witnesses, signs them in by key, and takes their cosignatures and refusals. */
@Injectable()
export class WitnessService {
  constructor(
    private readonly db: DataSource,
    private readonly witnesses: WitnessRepository,
    private readonly checkpoints: CheckpointsRepository,
    private readonly checkpointer: Checkpointer,
    private readonly audit: AuditLog,
    private readonly tokens: Tokens,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: SigningKey,
  ) {}

  async register(input: RegisterWitnessInput, actorId: string): Promise<WitnessType> {
    for (const field of ['name', 'organisation'] as const) {
      if (!input[field].trim()) throw badInput(field, `Give the witness's ${field}; it cannot be blank.`);
    }
    const publicKey = publicKeyFromText(input.publicKey);
    if (!publicKey) {
      throw badInput(
        'publicKey',
        'publicKey is not an Ed25519 public key; paste the SPKI PEM that `npm run witness -- --new-key FILE` printed.',
      );
    }
    const keyId = keyIdOf(publicKey);
    if (await this.witnesses.byKeyId(keyId)) {
      throw conflict(`A witness with key ${keyId} is registered already; each witness has its own key.`);
    }
    const witness = { name: input.name.trim(), organisation: input.organisation.trim(), keyId };
    await this.db.transaction(async (manager) => {
      const id = await this.witnesses.insert(
        { ...witness, publicKey: publicKeyPem(publicKey) },
        actorId,
        manager,
      );
      await this.audit.append(manager, {
        actor: actorId,
        action: 'audit.witness.register',
        subjectType: 'audit_witness',
        subjectId: id,
        payload: { ...witness, publicKey: publicKeyPem(publicKey) },
      });
    });
    return (await this.list()).find((w) => w.keyId === keyId)!;
  }

  async list(): Promise<WitnessType[]> {
    return (await this.witnesses.list()).map((w) => ({
      ...w,
      refusing:
        w.lastRefusal !== null &&
        (w.lastCosigned === null || w.lastRefusal.receivedAt > w.lastCosigned.receivedAt),
    }));
  }

  /** A WITNESS token for whoever proves, by signing the time, that they hold a registered witness key. */
  async login(keyId: string, at: string, signature: string) {
    const witness = await this.witnesses.byKeyId(keyId);
    const key = witness ? publicKeyFromText(witness.publicKey) : null;
    const fresh = Math.abs(Date.now() - Date.parse(at)) <= LOGIN_WINDOW_MS;
    if (!witness || !key || !fresh || !verifyWitnessLogin({ witnessKeyId: keyId, at }, signature, key)) {
      throw unauthenticated(
        'That witness sign-in does not verify: use a registered witness key and a clock within 5 minutes of the server.',
      );
    }
    await this.db.transaction((manager) =>
      this.audit.append(manager, {
        actor: witness.userId,
        action: 'auth.sign_in',
        subjectType: 'user',
        subjectId: witness.userId,
        payload: { role: Role.WITNESS, witnessKeyId: keyId },
      }),
    );
    const token = this.tokens.issue({ sub: witness.userId, role: Role.WITNESS });
    return {
      token,
      user: { id: witness.userId, email: '', displayName: witness.name, role: Role.WITNESS },
    };
  }

  /** Stores a cosignature of a head this server signed, checked against the witness's key. */
  async cosign(userId: string, input: WitnessStatementInput) {
    const witness = await this.witnessOf(userId);
    const signed = await this.checkpoints.atSize(input.treeSize);
    if (!signed || signed.rootHash !== input.rootHash) {
      throw conflict(
        `This server signed no head of size ${input.treeSize} with root ${input.rootHash}; cosign a head from auditCheckpoint.`,
      );
    }
    const statement = { ...input, logKeyId: this.key.keyId, witnessKeyId: witness.keyId };
    this.checkSignature(verifyCosignature(statement, input.signature, this.keyOf(witness)));
    await this.db.transaction(async (manager) => {
      await this.witnesses.insertCosignature(witness.id, input, manager);
      await this.audit.append(manager, {
        actor: userId,
        action: 'audit.witness.cosign',
        subjectType: 'audit_witness',
        subjectId: witness.id,
        payload: { treeSize: input.treeSize, rootHash: input.rootHash, at: input.at },
      });
    });
    return {
      treeSize: input.treeSize,
      rootHash: input.rootHash,
      signedAt: input.at,
      receivedAt: new Date().toISOString(),
    };
  }

  /** Records a witness's signed refusal, so reviewers see it in red. */
  async refuse(userId: string, input: WitnessRefusalInput) {
    const witness = await this.witnessOf(userId);
    const statement = { ...input, logKeyId: this.key.keyId, witnessKeyId: witness.keyId };
    this.checkSignature(verifyRefusal(statement, input.signature, this.keyOf(witness)));
    await this.db.transaction(async (manager) => {
      await this.witnesses.insertRefusal(witness.id, input, manager);
      await this.audit.append(manager, {
        actor: userId,
        action: 'audit.witness.refuse',
        subjectType: 'audit_witness',
        subjectId: witness.id,
        payload: { treeSize: input.treeSize, fromSize: input.fromSize, reason: input.reason, at: input.at },
      });
    });
    const { treeSize, fromSize, reason, at } = input;
    return { treeSize, fromSize, reason, signedAt: at, receivedAt: new Date().toISOString() };
  }

  continuity(): ContinuityType {
    const state = this.checkpointer.continuity.status();
    return {
      ok: state.finding === null,
      checkedAt: state.checkedAt,
      logSize: state.logSize,
      lastSignedSize: state.lastSignedSize,
      finding: state.finding,
      findings: this.checkpointer.continuity.findings(),
    };
  }

  private async witnessOf(userId: string): Promise<WitnessRow> {
    const witness = await this.witnesses.byUser(userId);
    if (!witness) throw forbidden('Only a registered witness may submit statements about the audit log.');
    return witness;
  }

  private keyOf(witness: WitnessRow) {
    return publicKeyFromText(witness.publicKey)!;
  }

  private checkSignature(ok: boolean): void {
    if (!ok) {
      throw badInput(
        'signature',
        "The signature does not verify with this witness's registered key over the statement sent; sign exactly treeSize, rootHash, at and this log's key id.",
      );
    }
  }
}

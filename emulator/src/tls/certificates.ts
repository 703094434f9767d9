import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

export interface TlsMaterial {
	/** Absolute path of the CA certificate clients trust. */
	caFile: string;
	caPem: string;
	serverKeyPem: string;
	serverCertPem: string;
}

const day = 24 * 3_600_000;
const caFileName = 'ca.pem';
const caKeyFileName = 'ca-key.pem';

/**
 * Loads the emulator's test CA from the data directory, creating it on first use (or when it is about to expire),
 * and issues a fresh server certificate for 127.0.0.1 and localhost signed by it.
 */
export function prepareTls(dataDir: string): TlsMaterial {
	const caFile = path.resolve(dataDir, caFileName);
	const ca = loadCa(dataDir) ?? createCa(dataDir);
	const server = issueServerCertificate(ca);
	return {
		caFile,
		caPem: forge.pki.certificateToPem(ca.certificate),
		serverKeyPem: forge.pki.privateKeyToPem(server.privateKey),
		serverCertPem: forge.pki.certificateToPem(server.certificate),
	};
}

interface KeyedCertificate {
	certificate: forge.pki.Certificate;
	privateKey: forge.pki.rsa.PrivateKey;
}

function loadCa(dataDir: string): KeyedCertificate | undefined {
	const certFile = path.join(dataDir, caFileName);
	const keyFile = path.join(dataDir, caKeyFileName);
	if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
		return undefined;
	}
	try {
		const certificate = forge.pki.certificateFromPem(fs.readFileSync(certFile, 'utf8'));
		const privateKey = forge.pki.privateKeyFromPem(fs.readFileSync(keyFile, 'utf8'));
		if (certificate.validity.notAfter.getTime() - Date.now() < 30 * day) {
			return undefined;
		}
		return { certificate, privateKey };
	} catch {
		// A damaged CA is replaced rather than trusted; clients then need the new ca.pem, which sits at the same path.
		return undefined;
	}
}

function createCa(dataDir: string): KeyedCertificate {
	const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
	const certificate = forge.pki.createCertificate();
	certificate.publicKey = keys.publicKey;
	certificate.serialNumber = serialNumber();
	certificate.validity.notBefore = new Date(Date.now() - day);
	certificate.validity.notAfter = new Date(Date.now() + 3650 * day);
	const subject = [
		{ name: 'commonName', value: 'Standby Pools Emulator Test CA' },
		{ name: 'organizationName', value: 'Standby Pools emulator (testing only)' },
	];
	certificate.setSubject(subject);
	certificate.setIssuer(subject);
	certificate.setExtensions([
		{ name: 'basicConstraints', cA: true, critical: true },
		{ name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
		{ name: 'subjectKeyIdentifier' },
	]);
	certificate.sign(keys.privateKey, forge.md.sha256.create());
	fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
	fs.writeFileSync(path.join(dataDir, caKeyFileName), forge.pki.privateKeyToPem(keys.privateKey), { mode: 0o600 });
	fs.writeFileSync(path.join(dataDir, caFileName), forge.pki.certificateToPem(certificate));
	return { certificate, privateKey: keys.privateKey };
}

function issueServerCertificate(ca: KeyedCertificate): KeyedCertificate {
	const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
	const certificate = forge.pki.createCertificate();
	certificate.publicKey = keys.publicKey;
	certificate.serialNumber = serialNumber();
	certificate.validity.notBefore = new Date(Date.now() - day);
	certificate.validity.notAfter = new Date(Date.now() + 365 * day);
	certificate.setSubject([{ name: 'commonName', value: '127.0.0.1' }]);
	certificate.setIssuer(ca.certificate.subject.attributes);
	certificate.setExtensions([
		{ name: 'basicConstraints', cA: false },
		{ name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
		{ name: 'extKeyUsage', serverAuth: true },
		{
			name: 'subjectAltName',
			altNames: [
				{ type: 7, ip: '127.0.0.1' },
				{ type: 2, value: 'localhost' },
			],
		},
		{ name: 'subjectKeyIdentifier' },
		{ name: 'authorityKeyIdentifier', keyIdentifier: ca.certificate.generateSubjectKeyIdentifier().getBytes() },
	]);
	certificate.sign(ca.privateKey, forge.md.sha256.create());
	return { certificate, privateKey: keys.privateKey };
}

/** A positive random serial; a leading zero nibble keeps the DER integer positive. */
function serialNumber(): string {
	return `0${randomBytes(15).toString('hex')}`;
}

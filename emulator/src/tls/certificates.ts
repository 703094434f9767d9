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
const serverFileName = 'server.pem';
const serverKeyFileName = 'server-key.pem';

/**
 * Loads the emulator's test CA from the data directory, creating it on first use (or when it is about to expire),
 * and the server certificate for 127.0.0.1 and localhost signed by it, issuing a new one when there is none that
 * this CA signed. Keys are kept so that restarts skip the slow RSA key generation.
 */
export function prepareTls(dataDir: string): TlsMaterial {
	const caFile = path.resolve(dataDir, caFileName);
	const ca = loadCa(dataDir) ?? createCa(dataDir);
	const server = loadServerCertificate(dataDir, ca) ?? saveServerCertificate(dataDir, issueServerCertificate(ca));
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
	return readPair(dataDir, caFileName, caKeyFileName);
}

function readPair(dataDir: string, certName: string, keyName: string): KeyedCertificate | undefined {
	const certFile = path.join(dataDir, certName);
	const keyFile = path.join(dataDir, keyName);
	if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
		return undefined;
	}
	try {
		const certificate = forge.pki.certificateFromPem(fs.readFileSync(certFile, 'utf8'));
		const privateKey = forge.pki.privateKeyFromPem(fs.readFileSync(keyFile, 'utf8'));
		return certificate.validity.notAfter.getTime() - Date.now() < 30 * day ? undefined : { certificate, privateKey };
	} catch {
		// Damaged files are replaced rather than trusted.
		return undefined;
	}
}

function loadServerCertificate(dataDir: string, ca: KeyedCertificate): KeyedCertificate | undefined {
	const server = readPair(dataDir, serverFileName, serverKeyFileName);
	try {
		return server && ca.certificate.verify(server.certificate) ? server : undefined;
	} catch {
		return undefined;
	}
}

function saveServerCertificate(dataDir: string, server: KeyedCertificate): KeyedCertificate {
	fs.writeFileSync(path.join(dataDir, serverKeyFileName), forge.pki.privateKeyToPem(server.privateKey), {
		mode: 0o600,
	});
	fs.writeFileSync(path.join(dataDir, serverFileName), forge.pki.certificateToPem(server.certificate));
	return server;
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

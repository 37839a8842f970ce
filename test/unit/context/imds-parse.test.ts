import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cloudFromAzEnvironment, parseImdsInstance } from '../../../src/context/imds.ts';

// The /metadata/instance example response from the Azure IMDS documentation.
const DOCS_SAMPLE = `{
    "compute": {
        "azEnvironment": "AZUREPUBLICCLOUD",
        "isHostCompatibilityLayerVm": "true",
        "licenseType":  "Windows_Client",
        "location": "westus",
        "name": "examplevmname",
        "offer": "Windows",
        "osProfile": {
            "adminUsername": "admin",
            "computerName": "examplevmname",
            "disablePasswordAuthentication": "true"
        },
        "osType": "linux",
        "placementGroupId": "f67c14ab-e92c-408c-ae2d-da15866ec79a",
        "plan": { "name": "planName", "product": "planProduct", "publisher": "planPublisher" },
        "platformFaultDomain": "36",
        "platformUpdateDomain": "42",
        "publicKeys": [
            { "keyData": "ssh-rsa 0", "path": "/home/user/.ssh/authorized_keys0" },
            { "keyData": "ssh-rsa 1", "path": "/home/user/.ssh/authorized_keys1" }
        ],
        "publisher": "RDFE-Test-Microsoft-Windows-Server-Group",
        "resourceGroupName": "macikgo-test-may-23",
        "resourceId": "/subscriptions/xxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx/resourceGroups/macikgo-test-may-23/providers/Microsoft.Compute/virtualMachines/examplevmname",
        "securityProfile": { "secureBootEnabled": "true", "virtualTpmEnabled": "false" },
        "sku": "Windows-Server-2012-R2-Datacenter",
        "subscriptionId": "xxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx",
        "tags": "baz:bash;foo:bar",
        "version": "15.05.22",
        "vmId": "02aab8a4-74ef-476e-8182-f6d2ba4166a6",
        "vmScaleSetName": "crpteste9vflji9",
        "vmSize": "Standard_A3",
        "zone": ""
    },
    "network": {
        "interface": [{
            "ipv4": {
               "ipAddress": [{ "privateIpAddress": "10.144.133.132", "publicIpAddress": "" }],
               "subnet": [{ "address": "10.144.133.128", "prefix": "26" }]
            },
            "ipv6": { "ipAddress": [] },
            "macAddress": "0011AAFFBB22"
        }]
    }
}`;

test('docs example: compute identity, private IP, subnet, MAC; empty public IP dropped', () => {
  assert.deepEqual(parseImdsInstance(JSON.parse(DOCS_SAMPLE)), {
    location: 'westus',
    subscriptionId: 'xxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx',
    resourceGroupName: 'macikgo-test-may-23',
    vmName: 'examplevmname',
    vmId: '02aab8a4-74ef-476e-8182-f6d2ba4166a6',
    azEnvironment: 'AZUREPUBLICCLOUD',
    cloud: 'public',
    privateIps: ['10.144.133.132'],
    publicIps: [],
    subnets: [{ address: '10.144.133.128', prefix: '26' }],
    macAddress: '0011AAFFBB22',
  });
});

test('several NICs, secondary IPs, public IPs, IPv6, numeric prefix; first MAC kept', () => {
  const facts = parseImdsInstance({
    compute: { azEnvironment: 'AzureUSGovernmentCloud', location: 'usgovvirginia' },
    network: {
      interface: [
        {
          ipv4: {
            ipAddress: [
              { privateIpAddress: '10.0.1.4', publicIpAddress: '203.0.113.10' },
              { privateIpAddress: '10.0.1.5', publicIpAddress: '' },
            ],
            subnet: [{ address: '10.0.1.0', prefix: 24 }],
          },
          ipv6: { ipAddress: [{ privateIpAddress: 'fd00:db8::4' }] },
          macAddress: '000D3AF806EC',
        },
        {
          ipv4: { ipAddress: [{ privateIpAddress: '10.0.2.4' }], subnet: [{ address: '10.0.2.0', prefix: '24' }, { address: '10.0.2.0', prefix: '24' }] },
          macAddress: '000D3AF806ED',
        },
      ],
    },
  });
  assert.deepEqual(facts.privateIps, ['10.0.1.4', '10.0.1.5', 'fd00:db8::4', '10.0.2.4']);
  assert.deepEqual(facts.publicIps, ['203.0.113.10']);
  assert.deepEqual(facts.subnets, [{ address: '10.0.1.0', prefix: '24' }, { address: '10.0.2.0', prefix: '24' }]);
  assert.equal(facts.macAddress, '000D3AF806EC');
  assert.equal(facts.cloud, 'usgov');
  assert.equal(facts.location, 'usgovvirginia');
  assert.ok(!('vmId' in facts), 'absent fields are left out, not undefined');
});

test('tolerates anything: missing sections, wrong types, non-objects', () => {
  const empty = { privateIps: [], publicIps: [], subnets: [] };
  for (const junk of [null, undefined, 42, 'x', [], {}, { compute: [] }, { network: { interface: {} } },
    { network: { interface: [null, 3, { ipv4: { ipAddress: 'no', subnet: [{ address: 1 }] } }] } },
    { compute: { location: 7, name: '', vmId: '  ' } }]) {
    assert.deepEqual(parseImdsInstance(junk), empty, JSON.stringify(junk));
  }
});

test('azEnvironment to cloud, case-insensitive', () => {
  assert.equal(cloudFromAzEnvironment('AzurePublicCloud'), 'public');
  assert.equal(cloudFromAzEnvironment('AZUREPUBLICCLOUD'), 'public');
  assert.equal(cloudFromAzEnvironment('AzureChinaCloud'), 'china');
  assert.equal(cloudFromAzEnvironment('AzureUSGovernmentCloud'), 'usgov');
  assert.equal(cloudFromAzEnvironment('AzureGermanCloud'), undefined);
  assert.equal(cloudFromAzEnvironment(''), undefined);
  assert.equal(cloudFromAzEnvironment(undefined), undefined);
});

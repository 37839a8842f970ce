// vnet-probe in Azure Container Instances, injected into a subnet.
//
//   mode = 'oneshot': `vnet-probe run`, restartPolicy Never, the JSON report written to
//                     a blob with the group's managed identity; the exit code is the verdict.
//   mode = 'serve':   `vnet-probe serve`, restartPolicy Always, /metrics on a private IP, port 9464.
//
//   az deployment group create -g RG -f docker/aci/main.bicep \
//     -p mode=oneshot subnetId=/subscriptions/.../subnets/vnet-probe \
//        configYaml=@docker/config/example.yaml reportStorageAccountName=mystorageaccount
//
// main.json is the same template in ARM JSON, for tools without the Bicep compiler;
// keep the two in step.

@description('oneshot: run once and write the report; serve: long-running Prometheus target.')
@allowed([
  'oneshot'
  'serve'
])
param mode string = 'oneshot'

@description('Name of the container group.')
param name string = mode == 'serve' ? 'vnet-probe' : 'vnet-probe-oneshot'

param location string = resourceGroup().location

param image string = 'ghcr.io/OWNER/vnet-probe:0.1.0'

@description('Resource ID of the subnet, delegated to Microsoft.ContainerInstance/containerGroups. Not the APIM subnet once APIM is deployed: use a sibling subnet with the same NSG, route table and DNS.')
param subnetId string

@description('Contents of the vnet-probe config file (YAML); mounted as a secret volume at /etc/vnet-probe/config.yaml.')
@secure()
param configYaml string

@description('Built-in profile for the oneshot run.')
param profile string = 'apim-classic'

@description('oneshot: Storage account (in this resource group) that receives the report; empty: no report upload.')
param reportStorageAccountName string = ''

@description('oneshot: blob container for the reports; must exist.')
param reportContainerName string = 'reports'

@description('serve: password for serve.auth.basic.password { env: VNET_PROBE_METRICS_PASSWORD }; empty: not set.')
@secure()
param metricsPassword string = ''

@description('CPU cores (a number as a string: Bicep has no decimals).')
param cpu string = '0.5'

@description('Memory in GB (a number as a string).')
param memoryInGB string = '0.5'

var isServe = mode == 'serve'
var metricsPort = 9464
var configPath = '/etc/vnet-probe/config.yaml'
var uploadReport = !isServe && !empty(reportStorageAccountName)
var reportUrl = uploadReport ? 'https://${reportStorageAccountName}.blob.${environment().suffixes.storage}/${reportContainerName}/{hostname}-{timestamp}.json' : ''
// ACI's `command` replaces the image's ENTRYPOINT, so it starts with the CLI.
var runCommand = concat([
  'vnet-probe'
  'run'
  '--profile'
  profile
  '--config'
  configPath
], uploadReport ? [
  '--report'
  reportUrl
] : [])
var serveCommand = [
  'vnet-probe'
  'serve'
  '--config'
  configPath
]
var servePorts = [
  {
    protocol: 'TCP'
    port: metricsPort
  }
]
// Storage Blob Data Contributor
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

resource reportAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = if (uploadReport) {
  name: reportStorageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource reportContainer 'containers' existing = {
      name: reportContainerName
    }
  }
}

// Write access to the reports container only.
resource reportWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (uploadReport) {
  name: guid(resourceGroup().id, reportStorageAccountName, reportContainerName, identity.id, blobDataContributorRoleId)
  scope: reportAccount::blobService::reportContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource probe 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    osType: 'Linux'
    sku: 'Standard'
    restartPolicy: isServe ? 'Always' : 'Never'
    subnetIds: [
      {
        id: subnetId
      }
    ]
    ipAddress: isServe ? {
      type: 'Private'
      ports: servePorts
    } : null
    containers: [
      {
        name: 'vnet-probe'
        properties: {
          image: image
          command: isServe ? serveCommand : runCommand
          ports: isServe ? servePorts : []
          environmentVariables: concat([
            {
              name: 'AZURE_CLIENT_ID'
              value: identity.properties.clientId
            }
          ], empty(metricsPassword) ? [] : [
            {
              name: 'VNET_PROBE_METRICS_PASSWORD'
              secureValue: metricsPassword
            }
          ])
          resources: {
            requests: {
              cpu: json(cpu)
              memoryInGB: json(memoryInGB)
            }
          }
          livenessProbe: isServe ? {
            httpGet: {
              path: '/healthz'
              port: metricsPort
              scheme: 'http'
            }
            initialDelaySeconds: 10
            periodSeconds: 30
            failureThreshold: 3
            timeoutSeconds: 5
          } : null
          readinessProbe: isServe ? {
            httpGet: {
              path: '/readyz'
              port: metricsPort
              scheme: 'http'
            }
            initialDelaySeconds: 5
            periodSeconds: 15
            timeoutSeconds: 5
          } : null
          volumeMounts: [
            {
              name: 'config'
              mountPath: '/etc/vnet-probe'
              readOnly: true
            }
          ]
        }
      }
    ]
    volumes: [
      {
        name: 'config'
        secret: {
          'config.yaml': base64(configYaml)
        }
      }
    ]
  }
  dependsOn: [
    reportWriter
  ]
}

output identityClientId string = identity.properties.clientId
output identityPrincipalId string = identity.properties.principalId
@description('serve: scrape http://<privateIp>:9464/metrics')
output privateIp string = isServe ? probe.properties.ipAddress.ip : ''
output reportUrl string = reportUrl

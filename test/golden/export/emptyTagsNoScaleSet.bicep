// Recreates the standby virtual machine pool 'detached'.

@description('Name of the standby virtual machine pool.')
@minLength(3)
@maxLength(24)
param poolName string = 'detached'

@description('Region of the pool: the region of the scale set it serves.')
param location string = 'eastus'

resource standbyPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
  name: poolName
  location: location
  tags: {}
  properties: {
    virtualMachineState: 'Running'
  }
}

output standbyPoolId string = standbyPool.id

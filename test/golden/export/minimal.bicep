// Recreates the standby virtual machine pool 'web-pool'.

@description('Name of the standby virtual machine pool.')
@minLength(3)
@maxLength(24)
param poolName string = 'web-pool'

@description('Region of the pool: the region of the scale set it serves.')
param location string = 'eastus'

@description('Resource id of the Flexible virtual machine scale set the pool serves.')
param scaleSetId string = '/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss'

resource standbyPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {
  name: poolName
  location: location
  properties: {
    virtualMachineState: 'Deallocated'
    elasticityProfile: {
      maxReadyCapacity: 5
      minReadyCapacity: 1
    }
    attachedVirtualMachineScaleSetId: scaleSetId
  }
}

output standbyPoolId string = standbyPool.id
